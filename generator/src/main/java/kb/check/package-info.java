/** Checks a brand's finished site before it is written: links, anchors, images, brand leaks. */
package kb.check;
