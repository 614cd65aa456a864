package org.helix.curriculum.skill;

/** What kind of learning outcome a skill is. */
public enum SkillCategory {
    KNOWLEDGE, SKILL, BEHAVIOUR
}
