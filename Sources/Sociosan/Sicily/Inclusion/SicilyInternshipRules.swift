/// The rules of the internship project of §8 (seed 004 L3410-L3482). The seed sets no
/// allowance amount, no weekly hours, no minimum duration and no tutor ratio, and lifts the
/// host quota (L3464-L3465): none of them is checked; everything else is sent to the national
/// Guidelines of 24 January 2013 (L3481-L3482), which are not in the seeds.
///
/// ```swift
/// SicilyInternshipRules.months(from: LocalDate(year: 2025, month: 1, day: 1)!,
///                              to: LocalDate(year: 2027, month: 1, day: 31)!)   // 25
/// ```
public enum SicilyInternshipRules {
    typealias Project = SicilyInternship
    static let kind = DossierKind.sicilyInclusionInternship
    static let seed = Seed.structuresSicily

    /// "non può essere superiore a 24 mesi" (L3423).
    public static let maximumMonths = 24

    /// The months an internship from `start` to `end` (both included) runs, a started month
    /// counting whole: 2025-01-01...2026-12-31 is 24, 2025-01-01...2027-01-01 is 25.
    /// Decision I-01: the seed counts in months (L3423); a month begun is a month used.
    public static func months(from start: LocalDate, to end: LocalDate) -> Int {
        let whole = (end.year - start.year) * 12 + (end.month - start.month)
        return end.day >= start.day ? whole + 1 : whole
    }

    /// `date` moved by `months` calendar months, the day clamped to the month's length.
    static func adding(months: Int, to date: LocalDate) -> LocalDate {
        let index = date.year * 12 + (date.month - 1) + months
        let year = index / 12, month = index % 12 + 1
        return LocalDate(year: year, month: month, day: min(date.day, LocalDate.daysInMonth(year: year, month: month))) ?? date
    }

    /// The months of the person's internships of this type, this project included.
    public static func totalMonths(_ project: SicilyInternship) -> Int {
        project.earlierMonths + months(from: project.period.start, to: project.period.end)
    }

    /// The first day the certification of necessity is needed for, or `nil` when none is:
    /// the start of an extension or repetition, else the first day past 24 months in all.
    public static func certificationNeededFrom(_ project: SicilyInternship) -> LocalDate? {
        if project.continuation != .first { return project.period.start }
        guard totalMonths(project) > maximumMonths else { return nil }
        let left = maximumMonths - project.earlierMonths
        return left <= 0 ? project.period.start : adding(months: left, to: project.period.start)
    }

    static func rule(
        _ name: String, _ lines: ClosedRange<Int>, _ severity: Severity = .error, title: LocalizedText, message: LocalizedText,
        decision: String? = nil, check: @escaping @Sendable (Project, inout FindingReporter) -> Void
    ) -> Rule<Project> {
        Rule.declared(kind, name, severity, seed: seed, lines: lines, title: title, message: message, decision: decision, check: check)
    }

    /// A rule that a part of the project is stated: `missing` says when it is not.
    static func stated(
        _ name: String, _ lines: ClosedRange<Int>, _ pointer: JSONPointer, it: String, en: String,
        _ severity: Severity = .error, decision: String? = nil, missing: @escaping @Sendable (Project) -> Bool
    ) -> Rule<Project> {
        rule(name, lines, severity, title: LocalizedText(it: "Il progetto indica \(it)", en: "The project states \(en)"),
             message: LocalizedText(it: "il progetto non indica \(it)", en: "the project does not state \(en)"),
             decision: decision) { project, report in
            if missing(project) { report.report(at: pointer) }
        }
    }

    static func blank(_ text: String?) -> Bool { text.map { $0.allSatisfy(\.isWhitespace) } ?? true }

    // MARK: Activation and eligibility

    static let activation: [Rule<Project>] = [
        stated("activation.convention", 3429...3431, "/convention", it: "la convenzione cui è allegato",
               en: "the convention it is attached to") { $0.convention == nil },
        stated("activation.template", 3430...3431, "/template", it: "il modello predefinito su cui è predisposto",
               en: "the predefined template it follows", .warning,
               decision: "I-02: the seed names no template; the project says which one it follows, and an auditor records a missing one as a warning (L3430-L3431).") {
            blank($0.template)
        },
        rule("eligibility.taken-in-charge", 3413...3421,
             title: LocalizedText(it: "Il tirocinante è preso in carico dal servizio sociale professionale e/o dai servizi sanitari competenti",
                                  en: "The intern is taken in charge by the professional social service and/or the competent health services"),
             message: LocalizedText(it: "il tirocinante non risulta preso in carico da alcun servizio", en: "the intern is taken in charge by no service"),
             decision: "I-03: \"dal servizio sociale professionale e dai servizi sanitari competenti\" (L3417) is read as either or both: L3418-L3421 "
                + "define the taking in charge as the work of the social and health service for complex needs, and a person in charge of one of them is eligible."
        ) { project, report in
            if project.intern.takenInChargeBy.isEmpty { report.report(at: "/intern/takenInChargeBy") }
        },
    ]

    // MARK: Registry data (anagrafica)

    static let registry: [Rule<Project>] = [
        rule("registry.pseudonymous-code", 3438...3440,
             title: LocalizedText(it: "Le persone compaiono solo con un codice pseudonimo", en: "People appear by pseudonymous code only"),
             message: LocalizedText(it: "il codice {0} ha la forma di {1}: usare un codice pseudonimo",
                                    en: "code {0} has the shape of {1}: use a pseudonymous code"),
             decision: "I-04: the seed asks for the intern's identifying data (L3438); the mission keeps people to a pseudonymous code, and the "
                + "identifying data stays with the promoter and the service in charge. A code shaped like a tax code or carrying a date is refused."
        ) { project, report in
            let people: [(String, SicilyPseudonymousPerson?)] = [
                ("intern", SicilyPseudonymousPerson(code: project.intern.code)),
                ("hostTutor", project.hostTutor), ("promoterContact", project.promoterContact),
            ]
            for (member, person) in people {
                guard let code = person?.code.rawValue else { continue }
                let pointer = JSONPointer.root.appending(member).appending("code")
                if let revealed = SicilyProtectedMembers.revealed(by: code) { report.report(at: pointer, .text(code), .localized(revealed)) }
            }
        },
        stated("registry.host-tutor", 3438...3440, "/hostTutor", it: "il tutor individuato dal soggetto ospitante",
               en: "the tutor appointed by the host") { $0.hostTutor == nil },
        stated("registry.promoter-contact", 3438...3440, "/promoterContact", it: "il referente nominato dal soggetto promotore",
               en: "the contact person appointed by the promoter") { $0.promoterContact == nil },
    ]

    // MARK: Description of the internship

    /// ATECO 2007: two-digit division, then up to two more levels (`47`, `47.1`, `47.11`, `47.11.1`, `47.11.10`).
    public static func isATECOCode(_ code: String) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return false }
        return parts[0].count == 2 && parts.dropFirst().allSatisfy { (1...2).contains($0.count) }
    }

    /// CP ISTAT 2011: the major group (1-9), then up to four levels (`5.1.2.2.0`).
    public static func isCPIstatCode(_ code: String) -> Bool {
        let parts = code.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...5).contains(parts.count), parts.allSatisfy({ $0.count == 1 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return false }
        return parts[0] != "0"
    }

    static let description: [Rule<Project>] = [
        rule("description.ateco", 3441...3442,
             title: LocalizedText(it: "Un'azienda ospitante indica il codice ATECO del settore", en: "A host company states the ATECO code of its sector"),
             message: LocalizedText(it: "l'azienda ospitante {0} non indica il codice ATECO", en: "host company {0} states no ATECO code")
        ) { project, report in
            if project.host.sector == .company, blank(project.host.atecoCode) { report.report(at: "/host", .text(project.host.name)) }
        },
        rule("description.ateco-format", 3441...3442,
             title: LocalizedText(it: "Il codice ATECO è un codice della classificazione", en: "The ATECO code is a code of the classification"),
             message: LocalizedText(it: "{0} non è un codice ATECO (NN, NN.N, NN.NN, NN.NN.N o NN.NN.NN)",
                                    en: "{0} is not an ATECO code (NN, NN.N, NN.NN, NN.NN.N or NN.NN.NN)")
        ) { project, report in
            if let code = project.host.atecoCode, !blank(code), !isATECOCode(code) { report.report(at: "/host/atecoCode", .text(code)) }
        },
        stated("description.cp-istat", 3442...3443, "/cpIstatCode", it: "il codice CP ISTAT dell'area professionale",
               en: "the CP ISTAT code of the professional area") { blank($0.cpIstatCode) },
        rule("description.cp-istat-format", 3442...3443,
             title: LocalizedText(it: "Il codice CP ISTAT è un codice della classificazione", en: "The CP ISTAT code is a code of the classification"),
             message: LocalizedText(it: "{0} non è un codice CP ISTAT (da 1 a 5 cifre separate da punti, come 5.1.2.2.0)",
                                    en: "{0} is not a CP ISTAT code (1 to 5 digits separated by dots, such as 5.1.2.2.0)")
        ) { project, report in
            if let code = project.cpIstatCode, !blank(code), !isCPIstatCode(code) { report.report(at: "/cpIstatCode", .text(code)) }
        },
        stated("description.main-site", 3444...3445, "/mainSite", it: "la sede prevalente di svolgimento", en: "the main site") { blank($0.mainSite) },
        stated("description.insurance", 3444...3444, "/insurance", it: "gli estremi identificativi delle assicurazioni",
               en: "the identifying details of the insurance policies",
               decision: "I-05: the seed asks for the policies' details, not for given covers (those are in the 2013 Guidelines, not in the seeds); at least one policy is asked for.") {
            $0.insurance.isEmpty
        },
        rule("description.period", 3444...3445,
             title: LocalizedText(it: "Il periodo di svolgimento finisce dopo l'inizio", en: "The period ends after it starts"),
             message: LocalizedText(it: "il periodo finisce il {0}, prima dell'inizio ({1})", en: "the period ends on {0}, before it starts ({1})")
        ) { project, report in
            if project.period.end < project.period.start { report.report(at: "/period/end", .date(project.period.end), .date(project.period.start)) }
        },
    ]

    // MARK: Duration

    static let duration: [Rule<Project>] = [
        rule("duration.max-24-months", 3422...3428,
             title: LocalizedText(it: "Al massimo 24 mesi, oltre solo con l'attestazione della necessità del servizio pubblico che ha in carico la persona",
                                  en: "At most 24 months; beyond that only with the certification of necessity of the public service in charge"),
             message: LocalizedText(it: "il tirocinio dura {0} mesi in tutto (di cui {1} precedenti), più di {2}, senza l'attestazione della sua necessità",
                                    en: "the internship runs {0} months in all ({1} of them earlier), more than {2}, with no certification of its necessity"),
             decision: "I-01: months are counted from the start, a month begun counting whole; earlier internships of this type for the person "
                + "count too, since the derogation covers duration and repeatability together (L3424-L3428)."
        ) { project, report in
            let total = totalMonths(project)
            if total > maximumMonths, project.necessityCertification == nil {
                report.report(at: "/period", .integer(total), .integer(project.earlierMonths), .integer(maximumMonths))
            }
        },
        rule("duration.continuation-certified", 3427...3428,
             title: LocalizedText(it: "Proroga o ripetizione solo dopo l'attestazione della necessità", en: "Extension or repetition only after the certification of necessity"),
             message: LocalizedText(it: "il progetto è {0} ma non c'è l'attestazione della necessità", en: "the project is {0} but there is no certification of necessity"),
             decision: "I-06: \"In ogni caso il tirocinio può essere prorogato o ripetuto, anche oltre i 24 mesi, solo in seguito all'attestazione\" "
                + "(L3427-L3428) binds every extension or repetition, within 24 months or beyond."
        ) { project, report in
            guard project.continuation != .first, project.necessityCertification == nil else { return }
            let what = project.continuation == .extension
                ? LocalizedText(it: "una proroga", en: "an extension") : LocalizedText(it: "una ripetizione", en: "a repetition")
            report.report(at: "/continuation", .localized(what))
        },
        rule("duration.certified-before", 3427...3428,
             title: LocalizedText(it: "L'attestazione precede la proroga o la ripetizione", en: "The certification comes before the extension or repetition"),
             message: LocalizedText(it: "l'attestazione è del {0}, dopo il {1} da cui serve", en: "the certification is dated {0}, after {1}, from when it is needed"),
             decision: "I-07: \"solo in seguito all'attestazione\" (L3428): the certification is dated no later than the first day it covers "
                + "(the start of an extension or repetition, else the first day past 24 months)."
        ) { project, report in
            guard let certification = project.necessityCertification, let needed = certificationNeededFrom(project) else { return }
            if needed < certification.issuedOn {
                report.report(at: "/necessityCertification/issuedOn", .date(certification.issuedOn), .date(needed))
            }
        },
    ]

    // MARK: Content of the project

    static let content: [Rule<Project>] = [
        stated("content.inclusion-competences", 3447...3448, "/inclusionCompetences",
               it: "le competenze da acquisire per l'inclusione sociale, l'autonomia e la riabilitazione",
               en: "the competences to gain for social inclusion, autonomy and rehabilitation") { $0.inclusionCompetences.isEmpty },
        stated("content.professional-competences", 3448...3452, "/professionalCompetences",
               it: "le competenze professionali di base e trasversali", en: "the basic and transversal professional competences") {
            $0.professionalCompetences.isEmpty
        },
        stated("content.activities", 3452...3453, "/activities", it: "le attività da affidare al tirocinante",
               en: "the activities given to the intern") { $0.activities.isEmpty },
        stated("content.objectives", 3453...3453, "/objectives", it: "gli obiettivi del tirocinio", en: "the internship's objectives") {
            $0.objectives.isEmpty
        },
        rule("content.rights-and-duties", 3453...3455,
             title: LocalizedText(it: "Diritti e doveri del tirocinante, del tutor dell'ospitante e del referente del promotore",
                                  en: "Rights and duties of the intern, the host's tutor and the promoter's contact person"),
             message: LocalizedText(it: "il progetto non indica i diritti e i doveri di: {0}", en: "the project does not state the rights and duties of: {0}")
        ) { project, report in
            let missing = SicilyInternship.RightsAndDutiesParty.allCases.filter { !project.rightsAndDuties.contains($0) }
            if !missing.isEmpty { report.report(at: "/rightsAndDuties", .list(missing.map(\.rawValue))) }
        },
        stated("content.activation-reason", 3456...3457, "/activationReason",
               it: "la ragione dell'attivazione di questo tirocinio rispetto alle esigenze del tirocinante",
               en: "why this internship is activated, given the intern's needs") { blank($0.activationReason) },
    ]

    // MARK: Implementation, allowance, signatures

    static let implementation: [Rule<Project>] = [
        rule("implementation.not-disability-convention", 3466...3468,
             title: LocalizedText(it: "Il tirocinio non rientra nelle convenzioni dell'art. 11, comma 2, della legge 68/99",
                                  en: "The internship is not counted in an art. 11 c. 2 L. 68/1999 convention"),
             message: LocalizedText(it: "il tirocinio è conteggiato in una convenzione ex art. 11, comma 2, L. 68/99 dell'ospitante",
                                    en: "the internship is counted in the host's art. 11 c. 2 L. 68/1999 convention")
        ) { project, report in
            if project.countsTowardDisabilityConvention { report.report(at: "/countsTowardDisabilityConvention") }
        },
        rule("allowance.payer", 3472...3473, .warning,
             title: LocalizedText(it: "L'indennità è corrisposta, di norma, dall'ente che ha in carico il tirocinante",
                                  en: "The allowance is paid, as a rule, by the body that has the intern in charge"),
             message: LocalizedText(it: "l'indennità è corrisposta da {0}, non dall'ente che ha in carico il tirocinante",
                                    en: "the allowance is paid by {0}, not by the body that has the intern in charge"),
             decision: "I-08: \"di norma\" (L3472) admits exceptions, so another payer is a warning. The payer is the service in charge also when "
                + "the promoter or host that pays is that service (serviceInCharge.actsAs)."
        ) { project, report in
            guard let allowance = project.allowance else { return }
            let payer = allowance.payer
            let isServiceInCharge = payer == .serviceInCharge
                || (payer == .promoter && project.serviceInCharge.actsAs == .promoter)
                || (payer == .host && project.serviceInCharge.actsAs == .host)
            if !isServiceInCharge { report.report(at: "/allowance/payer", .text(payer.rawValue)) }
        },
        rule("signatures.required", 3430...3434,
             title: LocalizedText(it: "Il progetto è sottoscritto dal tirocinante, dall'ospitante, dal promotore e dalla PA che ha in carico la persona se diversa",
                                  en: "The project is signed by the intern, the host, the promoter, and the administration in charge when it is neither"),
             message: LocalizedText(it: "manca la sottoscrizione di {0}", en: "the signature of {0} is missing")
        ) { project, report in
            var needed: [SicilyInternship.Party] = [.intern, .host, .promoter]
            if project.serviceInCharge.actsAs == .distinct { needed.append(.serviceInCharge) }
            let signed = Set(project.signatures.map(\.party))
            for party in needed where !signed.contains(party) { report.report(at: "/signatures", .localized(party.label)) }
        },
    ]

    /// Every rule of the kind, in the order findings are reported.
    public static let all: [Rule<SicilyInternship>] = activation + registry + description + duration + content + implementation
}
