package org.helix.talent.profile;

/**
 * Professional title ranks: engineers' titles for experts, academic ranks for teachers. The two highest of each are
 * senior titles (they qualify an expert for the green channel whatever the years of experience).
 */
public enum TitleRank {
    JUNIOR(ProfileKind.EXPERT, false),
    INTERMEDIATE(ProfileKind.EXPERT, false),
    ASSOCIATE_SENIOR(ProfileKind.EXPERT, true),
    SENIOR(ProfileKind.EXPERT, true),
    ASSISTANT(ProfileKind.TEACHER, false),
    LECTURER(ProfileKind.TEACHER, false),
    ASSOCIATE_PROFESSOR(ProfileKind.TEACHER, true),
    PROFESSOR(ProfileKind.TEACHER, true);

    public final ProfileKind kind;
    public final boolean senior;

    TitleRank(ProfileKind kind, boolean senior) {
        this.kind = kind;
        this.senior = senior;
    }
}
