/** Brand files, and each page's Markdown resolved for one brand: brand blocks and variables. */
package kb.brand;
