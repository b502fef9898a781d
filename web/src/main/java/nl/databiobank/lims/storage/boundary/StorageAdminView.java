package nl.databiobank.lims.storage.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.databiobank.lims.platform.boundary.LimsException;
import nl.databiobank.lims.platform.boundary.Messages;
import nl.databiobank.lims.storage.entity.BoxType;
import nl.databiobank.lims.storage.entity.StorageKind;
import nl.databiobank.lims.storage.entity.StorageUnit;

/** The administrator's storage tree: sites, rooms, freezers, racks and boxes, how full they are, adding more. */
@Named
@ViewScoped
public class StorageAdminView implements Serializable {

    @EJB
    StorageTreeService tree;

    private List<StorageUnit> units;
    private List<FreeBox> boxes;
    private List<BoxType> boxTypes;
    private final Map<String, Occupancy> occupancy = new HashMap<>();

    private String kind = "SITE";
    private String parent;
    private String name;
    private String temperatureClass = "-80";
    private String boxType = "GRID9X9";
    private String rack;
    private String boxName;

    @PostConstruct
    void load() {
        units = tree.units();
        boxes = tree.boxes(null, false);
        boxTypes = tree.boxTypes();
        occupancy.clear();
        units.stream().filter(u -> u.getBarcode() != null)
                .forEach(u -> occupancy.put(u.getBarcode(), tree.occupancy(u.getBarcode())));
    }

    public void addUnit() {
        try {
            StorageUnit unit = tree.createUnit(new NewStorageUnit(kind, parent, name, temperatureClass));
            Messages.info("storage.unitAdded", unit.getName(), unit.getBarcode() == null ? "" : unit.getBarcode());
            name = null;
            load();
        } catch (LimsException e) {
            Messages.refused(e, "unit");
        }
    }

    public void addBox() {
        try {
            var box = tree.createBox(new NewBox(boxType, rack, boxName));
            Messages.info("storage.boxAdded", box.getName(), box.getBarcode());
            boxName = null;
            load();
        } catch (LimsException e) {
            Messages.refused(e, "box");
        }
    }

    /** The units a new unit of the chosen kind may hang under: value is what the service takes (barcode or id). */
    public List<StorageUnit> getParents() {
        StorageKind wanted = StorageKind.valueOf(kind).parentKind();
        return wanted == null ? List.of() : units.stream().filter(u -> u.getKind() == wanted).toList();
    }

    public String parentValue(StorageUnit unit) {
        return unit.getBarcode() != null ? unit.getBarcode() : String.valueOf(unit.getId());
    }

    public List<StorageUnit> getRacks() {
        return units.stream().filter(u -> u.getKind() == StorageKind.RACK).toList();
    }

    public Occupancy occupancyOf(StorageUnit unit) {
        return unit.getBarcode() == null ? null : occupancy.get(unit.getBarcode());
    }

    public List<String> getTemperatureClasses() {
        return StorageUnit.TEMPERATURE_CLASSES;
    }

    public List<StorageUnit> getUnits() {
        return units;
    }

    public List<FreeBox> getBoxes() {
        return boxes;
    }

    public List<BoxType> getBoxTypes() {
        return boxTypes;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getParent() {
        return parent;
    }

    public void setParent(String parent) {
        this.parent = parent;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTemperatureClass() {
        return temperatureClass;
    }

    public void setTemperatureClass(String temperatureClass) {
        this.temperatureClass = temperatureClass;
    }

    public String getBoxType() {
        return boxType;
    }

    public void setBoxType(String boxType) {
        this.boxType = boxType;
    }

    public String getRack() {
        return rack;
    }

    public void setRack(String rack) {
        this.rack = rack;
    }

    public String getBoxName() {
        return boxName;
    }

    public void setBoxName(String boxName) {
        this.boxName = boxName;
    }
}
