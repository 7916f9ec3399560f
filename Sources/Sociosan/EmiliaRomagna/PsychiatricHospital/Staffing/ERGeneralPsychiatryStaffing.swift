// The general hospital psychiatry component, code 40 / SDO 40.3 (seed 002 L2433-L2991,
// staffing L2465-L2471; digest §6.4).

extension ERStaffingStandards {
    /// General psychiatry: no staffing figures ("rapportata alle attività e concordata a livello
    /// aziendale", L2471, A-39), so no requirement lines; nurses and OSS/OTA/ADB on site around
    /// the clock.
    public static let generalPsychiatry = StaffingStandard(
        id: "er.general-psychiatry",
        title: LocalizedText(it: "Componente ospedaliera di psichiatria generale (cod. 40, SDO 40.3)",
                             en: "General hospital psychiatry component (code 40, SDO 40.3)"),
        capacityUnit: .beds, capacityLimits: nil, limitsCitation: nil,
        requirements: [],
        coverage: [
            CoverageRequirement(rule: "er.general-psychiatry.staff.nurse-24h", target: .role(.nurse), window: .roundTheClock,
                                citation: Citation(seed, lines: 2466...2468)),
            CoverageRequirement(rule: "er.general-psychiatry.staff.support-worker-24h", target: supportWorkers,
                                window: .roundTheClock, citation: Citation(seed, lines: 2466...2467)),
        ],
        notes: [
            StandardNote(LocalizedText(
                it: "La dotazione di personale è rapportata alle attività e concordata a livello aziendale: il seme non dà alcun numero né limite di posti letto, quindi nessun requisito numerico (A-39).",
                en: "Staffing is proportionate to activity and agreed at trust level: the seed gives no figure and no bed limit, so there is no numeric requirement (A-39)."),
                citation: Citation(seed, line: 2471)),
            StandardNote(LocalizedText(
                it: "Psichiatri presenti sulle 24 ore, ma di notte, nei prefestivi e nei festivi anche tramite guardia notturna psichiatrica o reperibilità: nessuna copertura in reparto sulle 24 ore richiesta allo psichiatra.",
                en: "Psychiatrists are present over the 24 hours, but at night, on pre-holidays and holidays through the night psychiatric guard or on-call service: no on-ward 24-hour coverage is required of the psychiatrist."),
                citation: Citation(seed, lines: 2466...2470)),
            StandardNote(LocalizedText(
                it: "Presenza programmata dello psicologo, senza ore indicate (A-40).",
                en: "Programmed presence of a psychologist, with no hours given (A-40)."),
                citation: Citation(seed, line: 2467)),
        ],
        citation: Citation(seed, lines: 2465...2471))
}
