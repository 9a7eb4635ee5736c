/**
 * What earlier builds computed, kept on disk between builds by the content hash of every input a
 * result depends on: a build after one edit takes everything else again.
 */
package kb.cache;
