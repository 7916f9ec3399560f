/// The declared kinds of the Lombardy ImpleMENTAL pilot (seed 003), registered as one entry of
/// ``DeclaredKinds/all``: the organisation of an ASST's implementation teams, and the patient
/// pathway one record a line.
///
/// ```swift
/// ImplementalKinds.all.map { $0.kindInfo.kind }
/// // ["lombardy.implemental.team", "lombardy.implemental.activity"]
/// ```
public enum ImplementalKinds {
    public static let all: [any DeclaredDossier.Type] = [ImplementalTeam.self, ImplementalActivityRecord.self]
}
