/// The organisation of the pilot in one ASST (`lombardy.implemental.team`, seed 003 L385-L446):
/// the ASST and its DSMD, how the pilot was deployed, and its implementation teams (*Équipe di
/// Implementazione*, EI), each with its coordinator and its operators by professional profile,
/// trained by the project or not, active in the implementation or not.
///
/// A declared kind (``DeclaredDossier``): not a building. Operators are named by pseudonymous
/// staff codes only.
///
/// ```swift
/// let team = try ImplementalTeam.decode(jsonText: text)
/// team.teams.map(\.id)                            // ["ei-lecco-1", "ei-lecco-2"]
/// team.teams[0].operators.filter(\.active).count  // 8
/// ```
public struct ImplementalTeam: DeclaredDossier {
    public var id: StructureID
    /// The ASST's code (one of ``ImplementalASST``; `asst.known` checks it).
    public var asst: String
    /// The mental-health and addiction department (DSMD) of the ASST (L386).
    public var dsmd: String
    public var scope: ImplementalScope
    public var teams: [EI]

    public init(id: StructureID, asst: String, dsmd: String, scope: ImplementalScope, teams: [EI]) {
        self.id = id
        self.asst = asst
        self.dsmd = dsmd
        self.scope = scope
        self.teams = teams
    }

    /// One implementation team (L415-L428).
    public struct EI: Sendable, Hashable {
        public var id: String
        /// Where the team works: a CPS, a centre, a district.
        public var site: String
        /// The coordinator's staff code, one of the team's operators; absent while none is
        /// appointed ("L'individuazione del Coordinatore non è stata immediata", L431-L433).
        public var coordinator: StructureID?
        public var operators: [Operator]

        public init(id: String, site: String, coordinator: StructureID?, operators: [Operator]) {
            self.id = id
            self.site = site
            self.coordinator = coordinator
            self.operators = operators
        }

        public static let fields = FieldTable(blank: EI(id: "", site: "", coordinator: nil, operators: []), [
            .required("id", \.id, ValueCodecs.string()),
            .required("site", \.site, ValueCodecs.string(), summary: "Where the team works (a CPS, a centre, a district)."),
            .optional("coordinator", \.coordinator, ValueCodecs.identifier,
                      summary: "Staff code of the coordinator, one of the team's operators (L415, L431-L433)."),
            .required("operators", \.operators, ValueCodecs.list(ValueCodecs.object(Operator.fields), distinctID: { $0.code.rawValue }),
                      summary: "The team's operators (L419-L422, L439-L444)."),
        ])
    }

    /// One operator of a team (L419-L422, L439-L452).
    public struct Operator: Sendable, Hashable {
        /// Pseudonymous staff code.
        public var code: StructureID
        public var profile: ImplementalProfile
        /// Took part in the project's training (L439-L444: 124 trained and active, 55 active
        /// without it).
        public var trained: Bool
        /// Takes part in the implementation.
        public var active: Bool

        public init(code: StructureID, profile: ImplementalProfile, trained: Bool, active: Bool) {
            self.code = code
            self.profile = profile
            self.trained = trained
            self.active = active
        }

        public static let fields = FieldTable(blank: Operator(code: .placeholder, profile: .psychologist, trained: false, active: false), [
            .required("code", \.code, ValueCodecs.identifier, summary: "Pseudonymous staff code (never a name)."),
            .required("profile", \.profile, ValueCodecs.code(ImplementalProfile.self)),
            .required("trained", \.trained, ValueCodecs.bool, summary: "Took part in the project's training (L439-L444)."),
            .required("active", \.active, ValueCodecs.bool, summary: "Takes part in the implementation (L439-L444)."),
        ])
    }

    /// Every operator of every team.
    public var operators: [Operator] { teams.flatMap(\.operators) }

    public static let declaration = DossierDeclaration<ImplementalTeam>(
        kind: .implementalTeam,
        title: LocalizedText(it: "Équipe di implementazione ImpleMENTAL, ASST lombarda",
                             en: "ImpleMENTAL implementation teams of a Lombardy ASST"),
        summary: "The organisation of the Lombardy ImpleMENTAL pilot in one ASST (young adults with borderline personality "
            + "disorder): its DSMD, how the pilot was deployed and its implementation teams (EI), each with its coordinator and "
            + "its operators by profile, trained or not, active or not. Operators appear by pseudonymous staff code only. "
            + "Source: seed 003 L385-L452. This schema checks structure and domains; the rules are checked by `sociosan validate`.",
        citation: Citation(.impleMentalLombardy, lines: 385...452),
        blank: ImplementalTeam(id: .placeholder, asst: "", dsmd: "", scope: .wholeTerritory, teams: []),
        fields: [
            .required("id", \.id, ValueCodecs.identifier),
            .required("asst", \.asst, ValueCodecs.string(), summary: "Code of one of the 18 participating ASSTs (L386-L408)."),
            .required("dsmd", \.dsmd, ValueCodecs.string(), summary: "The ASST's mental-health and addiction department (L386)."),
            .required("scope", \.scope, ValueCodecs.code(ImplementalScope.self), summary: "How the pilot was deployed (L423-L431)."),
            .required("teams", \.teams, ValueCodecs.list(ValueCodecs.object(EI.fields), minimumCount: 1, distinctID: \.id),
                      summary: "The implementation teams (EI) (L415-L428)."),
        ],
        rules: ImplementalTeamRules.all,
        protectedMembers: .personAsValue)
}

extension DossierKind {
    /// The organisation of the Lombardy ImpleMENTAL pilot in one ASST (seed 003).
    public static let implementalTeam: DossierKind = "lombardy.implemental.team"
    /// The patient pathway of the Lombardy ImpleMENTAL pilot, one record a line (seed 003).
    public static let implementalActivity: DossierKind = "lombardy.implemental.activity"
}

/// The rules of `lombardy.implemental.team` (seed 003, digest C.13).
///
/// ```swift
/// ImplementalTeam.declaration.ruleSet.evaluate(team).map(\.ruleID)
/// ```
public enum ImplementalTeamRules {
    public typealias Team = ImplementalTeam

    static func teamPath(_ index: Int, _ member: String? = nil) -> JSONPointer {
        let team = JSONPointer.root.appending("teams").appending(index)
        return member.map { team.appending($0) } ?? team
    }

    public static let all: [Rule<Team>] = [
        .declared(.implementalTeam, "asst.known", seed: .impleMentalLombardy, lines: 386...408,
                  title: LocalizedText(it: "L'ASST è una delle 18 aderenti al progetto pilota",
                                       en: "The ASST is one of the 18 that joined the pilot"),
                  message: LocalizedText(it: "\"{0}\" non è un'ASST aderente; le ASST aderenti sono: {1}",
                                         en: "\"{0}\" is not a participating ASST; the participating ASSTs are: {1}"),
                  decision: "IM-1: the ASSTs are written by our codes of the names of Figure 10 (L391-L408), e.g. \"lecco\" "
                    + "for \"ASST Lecco\".") { team, report in
            if ImplementalASST.known(team.asst) == nil {
                report.report(at: "/asst", .text(team.asst), .list(ImplementalASST.allCases.map(\.rawValue)))
            }
        },
        .declared(.implementalTeam, "ei.coordinator", .warning, seed: .impleMentalLombardy, lines: 415...433,
                  title: LocalizedText(it: "Ogni EI ha un Coordinatore", en: "Every EI has a coordinator"),
                  message: LocalizedText(it: "l'EI {0} non ha un Coordinatore", en: "EI {0} has no coordinator"),
                  decision: "IM-2: \"Per ciascuna EI è stato individuato un Coordinatore\" (L415), but appointing one \"non è "
                    + "stata immediata per tutte le ASST\" (L431-L433): a team still without one is a warning, not an error.") { team, report in
            for (index, ei) in team.teams.enumerated() where ei.coordinator == nil {
                report.report(at: teamPath(index), .text(ei.id))
            }
        },
        .declared(.implementalTeam, "ei.coordinator.member", seed: .impleMentalLombardy, lines: 415...417,
                  title: LocalizedText(it: "Il Coordinatore è un operatore attivo della sua EI",
                                       en: "The coordinator is an active operator of its EI"),
                  message: LocalizedText(it: "il Coordinatore {0} dell'EI {1} {2}", en: "coordinator {0} of EI {1} {2}"),
                  decision: "IM-3: the coordinator \"ha portato avanti con il resto degli operatori\" the local SWOT and action "
                    + "plan (L415-L417): one of the team's own operators, taking part in the implementation.") { team, report in
            for (index, ei) in team.teams.enumerated() {
                guard let coordinator = ei.coordinator else { continue }
                guard let member = ei.operators.first(where: { $0.code == coordinator }) else {
                    report.report(at: teamPath(index, "coordinator"), .text(coordinator.rawValue), .text(ei.id), .localized(LocalizedText(
                        it: "non è tra i suoi operatori", en: "is not one of its operators")))
                    continue
                }
                if !member.active {
                    report.report(at: teamPath(index, "coordinator"), .text(coordinator.rawValue), .text(ei.id), .localized(LocalizedText(
                        it: "non è attivo nell'implementazione", en: "is not active in the implementation")))
                }
            }
        },
        .declared(.implementalTeam, "operators.unique", seed: .impleMentalLombardy, lines: 419...422,
                  title: LocalizedText(it: "Un operatore è in una sola EI dell'ASST",
                                       en: "An operator is in one EI of the ASST only"),
                  message: LocalizedText(it: "l'operatore {0} è già nell'EI {1}", en: "operator {0} is already in EI {1}"),
                  decision: "IM-4: the seed counts 179 operators in the EIs (L420); an operator listed in two teams of one "
                    + "ASST would be counted twice.") { team, report in
            var seen: [StructureID: String] = [:]
            for (index, ei) in team.teams.enumerated() {
                for (position, member) in ei.operators.enumerated() {
                    if let first = seen[member.code] {
                        report.report(at: teamPath(index, "operators").appending(position).appending("code"), .text(member.code.rawValue), .text(first))
                    } else {
                        seen[member.code] = ei.id
                    }
                }
            }
        },
        .declared(.implementalTeam, "scope.teams", .warning, seed: .impleMentalLombardy, lines: 423...428,
                  title: LocalizedText(it: "Più EI nello stesso DSMD se e solo se l'implementazione è articolata su più équipe",
                                       en: "Several EIs in one DSMD exactly when the deployment has several teams"),
                  message: LocalizedText(it: "la modalità è \"{0}\" ma l'ASST ha {1} EI",
                                         en: "the deployment is \"{0}\" but the ASST has {1} EIs"),
                  decision: "IM-5: L423-L426 name \"più EI all'interno dello stesso DSMD\" as one way of deploying: "
                    + "multiple-teams with one EI, or another scope with several, contradicts itself.") { team, report in
            let several = team.teams.count > 1
            if several != (team.scope == .multipleTeams) {
                report.report(at: "/scope", .localized(team.scope.label), .integer(team.teams.count))
            }
        },
    ]
}
