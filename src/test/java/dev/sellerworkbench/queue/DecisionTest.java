package dev.sellerworkbench.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.sellerworkbench.domain.ApplicationStatus;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/// Which decision each tab of the queue allows (R-AP-2): the rule the buttons and keys follow.
class DecisionTest {

    @Test
    void eachTabAllowsOnlyTheDecisionsThatChangeSomething() {
        assertEquals(EnumSet.of(ApplicationStatus.PENDING, ApplicationStatus.REJECTED), allowing(Decision.APPROVE));
        assertEquals(EnumSet.of(ApplicationStatus.PENDING, ApplicationStatus.APPROVED), allowing(Decision.REJECT));
        assertEquals(EnumSet.allOf(ApplicationStatus.class), allowing(Decision.REMOVE));
    }

    private static Set<ApplicationStatus> allowing(Decision decision) {
        Set<ApplicationStatus> tabs = EnumSet.noneOf(ApplicationStatus.class);
        for (ApplicationStatus tab : ApplicationStatus.values()) {
            if (decision.allowedOn(tab)) {
                tabs.add(tab);
            }
        }
        return tabs;
    }
}
