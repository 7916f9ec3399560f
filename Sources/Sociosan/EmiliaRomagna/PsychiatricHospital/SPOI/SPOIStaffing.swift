/// The SPOI staffing standard (seed 002 L250-L274) as data. ``SPOIRules`` checks dossiers
/// with the same figures, so the calculator and the validator cannot disagree.
public enum SPOIStaffing {
    static let seed = Seed.psychiatricStructuresER

    public static let nonMedicalCareStaff = StaffTarget.group(
        "non-medical-care-staff",
        LocalizedText(it: "Personale di assistenza non medica (infermieri, OSS, OTA, ADB)",
                      en: "Non-medical care staff (nurses, OSS, OTA, ADB)"),
        SPOIRules.nonMedicalCareRoles)

    public static let medicalStaff = StaffTarget.group(
        "medical-staff",
        LocalizedText(it: "Personale di assistenza medica (psichiatri e medici del reparto)",
                      en: "Medical staff (the ward's psychiatrists and physicians)"),
        SPOIRules.medicalRoles)

    /// 75 % of beds, rounded half up (decision A-02, see ``SPOIRules``).
    public static let nonMedical = RoleRequirement(
        rule: "er.spoi.staff.non-medical-minimum", target: nonMedicalCareStaff, unit: .persons,
        law: .shareOfCapacity(Rational(75, 100)), rounding: .halfUp, citation: Citation(seed, lines: 253...261),
        decision: "A-02 round half up; A-06 units are establishment posts; A-07 nurses, OSS, OTA and ADB count.")

    /// At least 6 nurses at every size (decision A-03).
    public static let nurses = RoleRequirement(
        rule: "er.spoi.staff.nurse-minimum", target: .role(.nurse), unit: .persons,
        law: .fixed(Rational(SPOIRules.minimumNurses)), rounding: .exact, citation: Citation(seed, lines: 255...261),
        decision: "A-03 an absolute floor of 6 nurses for every size.")

    /// 13 % of beds, rounded half up.
    public static let medical = RoleRequirement(
        rule: "er.spoi.staff.medical-minimum", target: medicalStaff, unit: .persons,
        law: .shareOfCapacity(Rational(13, 100)), rounding: .halfUp, citation: Citation(seed, lines: 265...267),
        decision: "A-02 round half up; A-07 the Guardia Medica is not counted.")

    public static let standard = StaffingStandard(
        id: "er.spoi",
        title: SPOIRules.kindInfo.title,
        capacityUnit: .beds,
        capacityLimits: 1...SPOIRules.regionalBedTotal,
        limitsCitation: Citation(seed, lines: 119...120),
        requirements: [nonMedical, nurses, medical],
        coverage: [
            CoverageRequirement(rule: "er.spoi.staff.nurse-24h", target: .role(.nurse), window: .roundTheClock,
                                citation: Citation(seed, lines: 251...252)),
            CoverageRequirement(
                rule: "er.spoi.staff.support-worker-24h",
                target: .group("support-workers", LocalizedText(it: "OSS, OTA e ADB", en: "OSS, OTA and ADB"), StaffRole.supportWorkers),
                window: .roundTheClock, citation: Citation(seed, lines: 251...252)),
            CoverageRequirement(rule: "er.spoi.staff.guard-physician-24h", target: .role(.guardPhysician),
                                window: .roundTheClock, citation: Citation(seed, line: 272)),
        ],
        notes: [
            StandardNote(LocalizedText(
                it: "Sotto i 15 posti letto la dotazione va valutata singolarmente e il reparto è contiguo ad altri reparti psichiatrici.",
                en: "Below 15 beds staffing is evaluated individually and the ward is contiguous to other psychiatric wards."),
                citation: Citation(seed, lines: 257...263)),
            StandardNote(LocalizedText(
                it: "Psichiatra sulle 24 ore anche in pronta disponibilità; psicologo con presenza programmata, senza ore indicate.",
                en: "Psychiatrist around the clock, on-call allowed; psychologist on a programmed schedule, with no hours given."),
                citation: Citation(seed, lines: 251...274)),
        ],
        citation: Citation(seed, lines: 250...274))
}
