package org.helix.incubation.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** The bodies the project endpoints accept, each bounded. */
public final class ProjectRequests {

    private ProjectRequests() {
    }

    /**
     * A project as submitted (or changed: then with the version read). A student submits for their own school and
     * leads the team; a school's representative, admin or secretariat names the lead.
     */
    public record Submission(
            @NotBlank @Size(max = 200) String title,
            @NotNull UUID schoolId,
            @NotBlank @Size(max = 100) String sector,
            @NotBlank @Size(max = 4000) String pitch,
            @Size(max = 2000) String needs,
            @Size(min = 1, max = 200) String teamLeadSubject,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> members,
            Long version) {
    }

    /** A rubric review: each criterion 1–5. */
    public record ReviewScores(
            @NotNull @Min(1) @Max(5) Integer innovation,
            @NotNull @Min(1) @Max(5) Integer feasibility,
            @NotNull @Min(1) @Max(5) Integer market,
            @NotNull @Min(1) @Max(5) Integer team,
            @Size(max = 2000) String comment) {
    }

    /** Admission: by the reviews, or with {@code overrideReason} by an admin against them. */
    public record Admission(@Size(min = 1, max = 2000) String overrideReason) {
    }

    /** Why a project is declined or discontinued (required), or a note on its graduation. */
    public record Reason(@NotBlank @Size(max = 2000) String reason) {
    }

    public record Note(@Size(max = 2000) String reason) {
    }
}
