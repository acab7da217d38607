/**
 * Checks of what a page looks like to a reader, run in the browser: sideways scrolling, focus indicators, motion.
 */
import type { Page } from '@playwright/test';

/** How far the page scrolls sideways, and the outermost elements that stick out past the viewport's right edge. */
export async function horizontalOverflow(page: Page): Promise<{ scrollWidth: number; innerWidth: number; culprits: string[] }> {
  return page.evaluate(() => {
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].slice(0, 2).map((c) => `.${c}`).join('')}`;
    const width = window.innerWidth;
    const culprits: string[] = [];
    const scrollsItself = (el: Element) => ['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(el).overflowX);
    const visit = (el: Element) => {
      for (const child of el.children) {
        const rect = child.getBoundingClientRect();
        if (rect.width > 0 && rect.right > width + 1) {
          culprits.push(`${describe(child)} (right edge ${Math.round(rect.right)}px)`);
          continue; // report the outermost element only
        }
        if (!scrollsItself(child)) visit(child);
      }
    };
    visit(document.body);
    return { scrollWidth: document.scrollingElement!.scrollWidth, innerWidth: width, culprits: culprits.slice(0, 5) };
  });
}

/** Elements with a transition or animation longer than `maxSeconds`, and whether the page scrolls smoothly. */
export async function motion(page: Page, maxSeconds = 0.01): Promise<string[]> {
  return page.evaluate((max) => {
    const seconds = (list: string) =>
      Math.max(...list.split(',').map((t) => (t.trim().endsWith('ms') ? parseFloat(t) / 1000 : parseFloat(t) || 0)));
    const found: string[] = [];
    if (getComputedStyle(document.documentElement).scrollBehavior === 'smooth') found.push('html: scroll-behavior: smooth');
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after', '::marker']) {
        const style = getComputedStyle(el, pseudo);
        const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList[0] ? `.${el.classList[0]}` : ''}${pseudo ?? ''}`;
        if (style.transitionProperty !== 'none' && seconds(style.transitionDuration) > max) found.push(`${name}: transition ${style.transitionDuration}`);
        if (style.animationName !== 'none' && seconds(style.animationDuration) > max) found.push(`${name}: animation ${style.animationName} ${style.animationDuration}`);
      }
      if (getComputedStyle(el).scrollBehavior === 'smooth' && el !== document.documentElement) found.push(`${el.tagName.toLowerCase()}: scroll-behavior: smooth`);
    }
    for (const animation of document.getAnimations()) {
      const timing = animation.effect?.getComputedTiming();
      if (timing && typeof timing.duration === 'number' && timing.duration / 1000 > max) found.push(`running animation of ${timing.duration}ms`);
    }
    return [...new Set(found)].slice(0, 20);
  }, maxSeconds);
}

/** The element that has focus: a description, its outline and box-shadow, and whether it is on screen. */
export async function focusedElement(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return {
      description: `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}${el.getAttribute('href') ? ` href="${el.getAttribute('href')}"` : ''}> ${text}`,
      tag: el.tagName.toLowerCase(),
      href: el.getAttribute('href'),
      text,
      inMain: Boolean(el.closest('main')),
      isMain: el.tagName === 'MAIN',
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      outlineDescription: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
      boxShadow: style.boxShadow !== 'none' && style.boxShadow !== '',
      width: rect.width,
      height: rect.height,
      onScreen: rect.width > 1 && rect.height > 1 && rect.bottom > 0 && rect.right > 0 && rect.left < innerWidth,
    };
  });
}
