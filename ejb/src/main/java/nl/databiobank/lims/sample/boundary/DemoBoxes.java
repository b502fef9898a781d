package nl.databiobank.lims.sample.boundary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.storage.boundary.StorageService;
import nl.databiobank.lims.storage.entity.GridPosition;

/** The demo lab's boxes by purpose (serum, plasma, ...), filled position by position as a technician would. */
final class DemoBoxes {

    private record Slot(String box, int capacity) {
    }

    private final Map<String, List<Slot>> boxes = new HashMap<>();
    private final Map<String, Integer> filled = new HashMap<>();

    void add(String purpose, String box, int capacity) {
        boxes.computeIfAbsent(purpose, p -> new ArrayList<>()).add(new Slot(box, capacity));
    }

    void store(StorageService storage, String purpose, String sample) {
        int next = filled.merge(purpose, 1, Integer::sum) - 1;
        for (Slot slot : boxes.get(purpose)) {
            if (next < slot.capacity()) {
                int columns = slot.capacity() == 96 ? 12 : (int) Math.sqrt(slot.capacity());
                storage.store(slot.box(), new GridPosition(next / columns + 1, next % columns + 1).name(), sample);
                return;
            }
            next -= slot.capacity();
        }
        // all boxes of this purpose are full: the tube stays unstored, as in a real lab
    }
}
