package org.helix.curriculum.revision;

import java.time.Instant;
import java.util.UUID;

public record CommentView(UUID id, UUID revisionId, String author, UUID authorOrganisationId, String text,
        RevisionStatus onStatus, Instant writtenAt) {

    static CommentView of(ReviewComment c) {
        return new CommentView(c.id, c.revisionId, c.author, c.authorOrganisationId, c.text, c.onStatus,
                c.writtenAt);
    }
}
