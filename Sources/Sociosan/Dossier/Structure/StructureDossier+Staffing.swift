extension StaffedStructure {
    /// The structure an accreditation dossier of any structure kind describes, as the staffing
    /// calculator sees it: the standard of the kind's type row (``StructureType/staffingStandardID``),
    /// its capacity (the dossier's `beds`: beds, places or users in the type's capacity unit, as
    /// the kind's staffing rules read it), its province and its roster, with the default
    /// parameters (36-hour full time, no conditions), the ones every structure kind's staffing
    /// rules use. So `sociosan staffing check` and `capacity` read a structure dossier as they
    /// read a `staffing.roster`, and answer as its own staffing rules do.
    ///
    /// ```swift
    /// let staffed = StaffedStructure(structure: dossier)   // a sicily.elderly.dementia-day-centre dossier
    /// staffed.type        // "sicily.dementia-day-centre"
    /// staffed.capacity    // 20, its places a day
    /// ```
    public init(structure dossier: StructureDossier) {
        self.init(id: dossier.id, type: dossier.type.staffingStandardID, capacity: dossier.beds, province: dossier.province,
                  roster: dossier.roster)
    }
}
