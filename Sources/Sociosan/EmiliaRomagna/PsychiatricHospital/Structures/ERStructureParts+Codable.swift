// Codable conformances of the parts structure dossiers share (``StructureDossier`` itself is
// `Codable` through its kind's field table, FieldTree.swift). Each part is read and written by
// its own field table (``FieldTableCodable``), so its `Codable` form cannot drift from the
// dossier's JSON. The standard library's Codable only: the core imports no Foundation.

extension ERStructureOperator: FieldTableCodable {}
extension ERAccreditation: FieldTableCodable {}
extension ERRoom: FieldTableCodable {}
extension ERStaffMember: FieldTableCodable {}

// String-backed enums get the standard library's RawRepresentable coding: the raw value as a
// JSON string, and a `DecodingError.dataCorrupted` for any other string.

extension ERStructureOwnership: Codable {}
extension SPOIRequirement: Codable {}
extension AccessChannel: Codable {}
extension AdmissionKind: Codable {}
