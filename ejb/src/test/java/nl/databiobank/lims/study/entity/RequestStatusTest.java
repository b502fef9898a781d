package nl.databiobank.lims.study.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class RequestStatusTest {

    @Test
    void theWorkflowRunsFromDraftToClosed() {
        assertEquals(EnumSet.of(RequestStatus.SUBMITTED), RequestStatus.DRAFT.next());
        assertTrue(RequestStatus.SUBMITTED.next().contains(RequestStatus.UNDER_REVIEW));
        assertTrue(RequestStatus.UNDER_REVIEW.next().containsAll(EnumSet.of(RequestStatus.APPROVED,
                RequestStatus.REJECTED)));
        assertTrue(RequestStatus.APPROVED.next().contains(RequestStatus.ALLOCATED));
        assertTrue(RequestStatus.ALLOCATED.next().contains(RequestStatus.PICKED));
        assertTrue(RequestStatus.PICKED.next().contains(RequestStatus.SHIPPED));
        assertEquals(EnumSet.of(RequestStatus.CLOSED), RequestStatus.SHIPPED.next());
        assertTrue(RequestStatus.REJECTED.next().isEmpty());
        assertTrue(RequestStatus.CLOSED.next().isEmpty());
    }

    @Test
    void nothingIsShippedWithoutPickingOrApprovedWithoutReview() {
        assertFalse(RequestStatus.ALLOCATED.next().contains(RequestStatus.SHIPPED));
        assertFalse(RequestStatus.DRAFT.next().contains(RequestStatus.APPROVED));
        for (RequestStatus status : RequestStatus.values()) {
            assertEquals(status == RequestStatus.APPROVED || status == RequestStatus.ALLOCATED
                    || status == RequestStatus.PICKED || status == RequestStatus.SHIPPED, status.isApproved(),
                    status::name);
        }
    }
}
