import { expect, test } from 'vitest';
import { findJava, JAVA_NOT_FOUND } from './find-java.ts';

test('findJava finds the java that answers, and nothing where none does', () => {
  expect(findJava({ JAVA_HOME: '/nowhere', PATH: '/nowhere' })).toBeNull();
});

test('the message when there is no Java is one line that says what to do', () => {
  expect(JAVA_NOT_FOUND).toContain('apt-get install -y default-jre-headless');
  expect(JAVA_NOT_FOUND).not.toContain('\n');
});
