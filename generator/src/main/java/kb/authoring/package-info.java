/** Changes to content an author asks for, such as {@code kb new}: a question with a fresh id. */
package kb.authoring;
