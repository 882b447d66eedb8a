package vn.noivu.personnel.internal.person;

import java.time.LocalDate;
import java.util.List;
import vn.noivu.personnel.internal.career.EmploymentVersion;
import vn.noivu.personnel.internal.career.RetirementRoadmap;

/**
 * A person's dossier as the current user may see it: sensitive fields are masked (and family
 * relations left out) unless {@code sensitiveVisible}.
 */
public record Dossier(
        long id,
        boolean sensitiveVisible,
        Profile profile,
        String orgName,
        LocalDate deathDate,
        int age,
        RetirementRoadmap.Retirement retirement,
        EmploymentVersion current,
        List<DossierParts.Training> training,
        List<DossierParts.FamilyMember> family,
        List<DossierParts.Award> awards,
        List<DossierParts.PriorWork> priorWork) {}
