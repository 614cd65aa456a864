package org.helix.curriculum.offering;

import java.util.regex.Pattern;

/** An academic term, {@code YYYY-SPRING} or {@code YYYY-AUTUMN} (the form talent reads in enrolment events). */
public final class Term {

    public static final String REGEX = "(19|20|21)[0-9]{2}-(SPRING|AUTUMN)";
    private static final Pattern FORM = Pattern.compile(REGEX);

    private Term() {
    }

    public static boolean isValid(String term) {
        return term != null && FORM.matcher(term).matches();
    }
}
