package nl.databiobank.lims.sample.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The state machine of a sample: which event is allowed from which status, and where it leads. */
class CustodyEventTest {

    @Test
    void aReceivedTubeBecomesAvailableAndOnlyAnExpectedOneCanBeReceived() {
        assertTrue(CustodyEvent.RECEIVED.allowedFrom(SampleStatus.EXPECTED));
        assertEquals(SampleStatus.AVAILABLE, CustodyEvent.RECEIVED.statusAfter(SampleStatus.EXPECTED));
        assertFalse(CustodyEvent.RECEIVED.allowedFrom(SampleStatus.AVAILABLE));
    }

    @Test
    void nothingButLookingHappensToADestroyedConsumedOrShippedSampleButAShippedOneMayComeBack() {
        for (SampleStatus gone : new SampleStatus[] {SampleStatus.DESTROYED, SampleStatus.CONSUMED, SampleStatus.SHIPPED}) {
            for (CustodyEvent event : CustodyEvent.values()) {
                boolean comesBack = gone == SampleStatus.SHIPPED && event == CustodyEvent.RETURNED;
                if (event != CustodyEvent.BLOCKED && event != CustodyEvent.COLLECTED && !comesBack) {
                    assertFalse(event.allowedFrom(gone), event + " from " + gone);
                }
            }
        }
        assertEquals(SampleStatus.AVAILABLE, CustodyEvent.RETURNED.statusAfter(SampleStatus.SHIPPED));
    }

    @Test
    void checkingOutAndReturningGoAndComeBack() {
        assertEquals(SampleStatus.CHECKED_OUT, CustodyEvent.CHECKED_OUT.statusAfter(SampleStatus.AVAILABLE));
        assertEquals(SampleStatus.AVAILABLE, CustodyEvent.RETURNED.statusAfter(SampleStatus.CHECKED_OUT));
        assertTrue(CustodyEvent.CHECKED_OUT.leavesStorage());
        assertFalse(CustodyEvent.THAWED.leavesStorage());
    }

    @Test
    void aMissingTubeIsFoundAgainAndTheReasonsAreRequiredWhereTheyMatter() {
        assertEquals(SampleStatus.MISSING, CustodyEvent.MISSING.statusAfter(SampleStatus.AVAILABLE));
        assertEquals(SampleStatus.AVAILABLE, CustodyEvent.FOUND.statusAfter(SampleStatus.MISSING));
        assertTrue(CustodyEvent.DESTROYED.needsDetail());
        assertTrue(CustodyEvent.QC_RESULT.needsDetail());
        assertFalse(CustodyEvent.THAWED.needsDetail());
    }

    @Test
    void usingMaterialIsWhatAWithdrawalBlocks() {
        assertTrue(CustodyEvent.ALIQUOTED.usesMaterial());
        assertTrue(CustodyEvent.SHIPPED.usesMaterial());
        assertTrue(CustodyEvent.RESERVED.usesMaterial());
        assertFalse(CustodyEvent.DESTROYED.usesMaterial(), "blocked material must still be destroyable");
        assertFalse(CustodyEvent.MOVED.usesMaterial());
    }
}
