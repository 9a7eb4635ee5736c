/**
 * Checks a brand's finished site before it is written: links, anchors, images, brand leaks; and
 * reports how much of its content is translated ({@link kb.check.TranslationCoverage}).
 */
package kb.check;
