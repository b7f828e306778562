package org.reportlint.engine;

import java.util.List;
import org.reportlint.report.Finding;

/**
 * User configuration applied to each finding after the rules ran: drop it (disabled rule or category,
 * suppression) or change its severity. Precedence CLI > config file > rule metadata is resolved by whoever
 * builds the policy.
 */
@FunctionalInterface
public interface FindingPolicy {
    FindingPolicy DEFAULT = (file, f) -> f;

    /** The finding as the user wants it, or null to drop it. */
    Finding apply(String file, Finding finding);

    /** Extra facts for the rule session of {@code file} (allowlist entries from the configuration). */
    default List<Object> facts(String file) {
        return List.of();
    }
}
