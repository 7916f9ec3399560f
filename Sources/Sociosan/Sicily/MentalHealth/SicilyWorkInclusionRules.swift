/// The rules of the Sicilian work-inclusion project (seed 004 §6.2, L1212-L1309).
///
/// ```swift
/// SicilyWorkInclusionRules.all.map(\.id.rawValue)
/// ```
public enum SicilyWorkInclusionRules {
    static let kind: DossierKind = "sicily.psychiatry.work-inclusion"
    static let prefix = "sicily.work-inclusion"
    public typealias Project = SicilyWorkInclusionProject

    static let make = SicilyProjectRuleMaker<Project>(kind: kind, prefix: prefix)

    static func measurePointer(_ index: Int, _ member: String) -> JSONPointer {
        JSONPointer.root.appending("measures").appending(index).appending(member)
    }

    public static let all: [Rule<Project>] = [
        make.region { $0.province },
        make.rule("plans.pal-pdz", lines: 1215...1218,
             title: LocalizedText(it: "Il percorso è attuato nel PAL distrettuale, in integrazione con il Piano di Zona",
                                  en: "The path runs within the district PAL, integrated with the Piano di Zona"),
             message: LocalizedText(it: "il progetto non indica {0}", en: "the project does not name {0}")) { project, report in
            if project.localActionPlan == nil {
                report.report(at: .root, .localized(LocalizedText(it: "il Piano d'Azione Locale (PAL)", en: "the Piano d'Azione Locale (PAL)")))
            }
            if project.zonePlan == nil {
                report.report(at: .root, .localized(LocalizedText(it: "il Piano di Zona (PdZ)", en: "the Piano di Zona (PdZ)")))
            }
        },
        make.rule("measures.device-form", lines: 1251...1276,
             title: LocalizedText(it: "La forma di ogni misura è una di quelle del suo dispositivo",
                                  en: "Every measure's form is one its device offers"),
             message: LocalizedText(it: "la misura {0} ({1}) ha la forma {2}: il dispositivo offre {3}",
                                    en: "measure {0} ({1}) has the form {2}: the device offers {3}"),
             decision: "WI-1: IPS works on competitive jobs (L1251), type-B co-operatives on work grants, traineeships and company "
                + "stages (L1264-L1265), the SIL on the positions reserved to disabled people (L1274-L1276).") { project, report in
            for (index, measure) in project.measures.enumerated() where !measure.device.forms.contains(measure.form) {
                report.report(at: measurePointer(index, "form"), .text(measure.id), .localized(measure.device.label),
                              .text(measure.form.rawValue), .list(measure.device.forms.map(\.rawValue)))
            }
        },
        make.rule("ips.preferences", lines: 1251...1253,
             title: LocalizedText(it: "Il sostegno IPS parte dalle libere preferenze della persona",
                                  en: "IPS support starts from the person's own preferences"),
             message: LocalizedText(it: "il progetto ha {0} misure IPS ma non registra le preferenze della persona (tipo e quantità di lavoro)",
                                    en: "the project has {0} IPS measures but records no preferences of the person (kind and amount of work)")) { project, report in
            let count = project.measures.filter { $0.device == .ips }.count
            if count > 0, project.preferences == nil { report.report(at: .root, .integer(count)) }
        },
        make.rule("ips.continuing-support", lines: 1253...1255,
             title: LocalizedText(it: "Sostegno continuo del servizio di salute mentale e dell'operatore di riferimento (IPS)",
                                  en: "Continuing support of the mental-health service and the operator of reference (IPS)"),
             message: LocalizedText(it: "la misura IPS {0} non indica l'operatore di riferimento del servizio di salute mentale",
                                    en: "IPS measure {0} names no mental-health operator of reference")) { project, report in
            for (index, measure) in project.measures.enumerated() where measure.device == .ips && measure.supportOperator == nil {
                report.report(at: JSONPointer.root.appending("measures").appending(index), .text(measure.id))
            }
        },
        make.rule("sil.district", lines: 1276...1277,
             title: LocalizedText(it: "Le misure SIL passano per il SIL del distretto della persona",
                                  en: "SIL measures go through the SIL of the person's district"),
             message: LocalizedText(it: "la misura SIL {0} indica il SIL di {1}, il distretto della persona è {2}",
                                    en: "SIL measure {0} names the SIL of {1}, the person's district is {2}"),
             decision: "WI-2: \"Costituzione dei SIL ... distrettuali. Il SIL si colloca all'interno del Distretto\" (L1276-L1277): "
                + "a person's SIL is their own district's; a missing silDistrict is reported as \"-\".") { project, report in
            guard project.silDistrict != project.district else { return }
            for (index, measure) in project.measures.enumerated() where measure.device == .sil {
                report.report(at: JSONPointer.root.appending("measures").appending(index), .text(measure.id),
                              .text(project.silDistrict ?? "-"), .text(project.district))
            }
        },
        make.rule("funding.sources", lines: 1292...1309,
             title: LocalizedText(it: "Il progetto indica le sue fonti di finanziamento", en: "The project names its funding sources"),
             message: LocalizedText(it: "il progetto non indica alcuna fonte di finanziamento", en: "the project names no funding source")) { project, report in
            if project.funding.isEmpty { report.report(at: "/funding") }
        },
    ]
}
