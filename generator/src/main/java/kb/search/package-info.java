/** The Lucene index of each brand's questions, its query semantics, and its export to browsers. */
package kb.search;
