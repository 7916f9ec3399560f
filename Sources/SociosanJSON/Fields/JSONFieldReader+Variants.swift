import Sociosan

extension JSONFieldReader {
    /// Reads a dossier's top level that is one of several shapes (``FieldVariants``), the
    /// envelope already checked.
    ///
    /// ```swift
    /// let record = JSONFieldReader.readDossier(ActivityRecord.variants, from: node, context: &context)
    /// ```
    public static func readDossier<Root>(_ variants: FieldVariants<Root>, from node: JSONNode, context: inout DecodingContext) -> Root? {
        withUnsafeMutablePointer(to: &context) { pointer in
            let source = JSONFieldSource(document: node.document, context: pointer)
            return withExtendedLifetime(source) {
                var reader = FieldReader(source: source, node: JSONFieldSource.handle(node.pointer))
                return variants.read(&reader, dossier: true)
            }
        }
    }
}
