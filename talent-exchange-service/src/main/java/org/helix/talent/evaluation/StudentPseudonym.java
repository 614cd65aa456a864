package org.helix.talent.evaluation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.helix.talent.config.TalentRules;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Names a student by HMAC-SHA256 of their subject under a configured key: the same student always gets the same
 * name (so they evaluate once), and without the key nobody can tell whose name it is, not even by trying every subject.
 */
@ApplicationScoped
public class StudentPseudonym {

    @Inject
    TalentRules rules;

    public String of(String studentSubject) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(rules.evaluations().pseudonymKey().getBytes(StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(studentSubject.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
