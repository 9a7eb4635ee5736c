/** YAML read into flat dotted keys, every value with the line it came from. */
package kb.yaml;
