/** {@code kb serve}: a local preview that rebuilds on every edit and reloads the open pages. */
package kb.serve;
