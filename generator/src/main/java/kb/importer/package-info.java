/**
 * {@code kb import}: exported help-center pages to single-source kb content. A stage-like pipeline
 * with records between the steps: {@link kb.importer.ExportReader} reads an export into questions
 * and their brand variants, {@link kb.importer.BlockSplitter} and {@link
 * kb.importer.BlockConverter} turn each variant into kb Markdown blocks, {@link
 * kb.importer.BrandEvidence} tells which variant is which brand's, {@link
 * kb.importer.VariantMerger} and {@link kb.importer.BrandUnifier} write one text with variables or
 * brand blocks, and {@link kb.importer.ImportTarget} writes the page inside the content folder;
 * everything not converted goes to the {@link kb.importer.ImportReport}.
 */
package kb.importer;
