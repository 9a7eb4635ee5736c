/** Where every link and image of one brand's site points: pages, anchors, files, doc sites. */
package kb.link;
