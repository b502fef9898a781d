package nl.databiobank.lims.storage.boundary;

import jakarta.ejb.EJB;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import nl.databiobank.lims.platform.boundary.JsonInput;
import nl.databiobank.lims.storage.entity.Box;
import nl.databiobank.lims.storage.entity.StorageUnit;

/** Boxes and their positions, the storage tree, and where there is room. */
@Path("storage")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StorageResource {

    @EJB
    StorageService storage;

    @EJB
    StorageTreeService tree;

    /** The exact shape of GET /api/storage/boxes/{box}. */
    public record BoxJson(String barcode, String boxType, int rows, int columns, List<PositionJson> positions) {

        static BoxJson of(BoxContents contents) {
            Box box = contents.box();
            return new BoxJson(box.getBarcode(), box.getType().getCode(), box.getType().getRows(),
                    box.getType().getColumns(), contents.slots().stream()
                    .map(slot -> new PositionJson(slot.position(), slot.sample())).toList());
        }
    }

    @JsonbNillable
    public record PositionJson(String position, String sample) {
    }

    public record FreeBoxesJson(List<FreeBoxJson> items) {
    }

    public record FreeBoxJson(String barcode, String boxType, long freePositions) {
    }

    public record StoreJson(String sample) {
    }

    @JsonbNillable
    public record StoredJson(String sample, String box, String position, String movedFrom, String outcome) {
    }

    @JsonbNillable
    public record UnitJson(long id, String kind, String name, String barcode, String temperatureClass, Long parent) {

        static UnitJson of(StorageUnit u) {
            return new UnitJson(u.getId(), u.getKind().name(), u.getName(), u.getBarcode(), u.getTemperatureClass(),
                    u.getParent() == null ? null : u.getParent().getId());
        }
    }

    @JsonbNillable
    public record NewBoxJson(String boxType, String rack, String name) {
    }

    @JsonbNillable
    public record CreatedBoxJson(String barcode, String boxType, String name, String rack) {
    }

    public record BoxTypeJson(String code, String name, int rows, int columns) {
    }

    @GET
    @Path("boxes/{box}")
    public BoxJson box(@PathParam("box") String box) {
        return BoxJson.of(storage.contents(box));
    }

    /** Boxes with free positions ({@code free=true}), optionally of one box type. */
    @GET
    @Path("boxes")
    public FreeBoxesJson boxes(@QueryParam("free") Boolean free, @QueryParam("boxType") String boxType) {
        return new FreeBoxesJson(tree.boxes(boxType, Boolean.TRUE.equals(free)).stream()
                .map(b -> new FreeBoxJson(b.barcode(), b.boxType(), b.freePositions())).toList());
    }

    @POST
    @Path("boxes")
    public Response createBox(NewBoxJson request) {
        NewBoxJson body = JsonInput.required(request);
        Box box = tree.createBox(new NewBox(body.boxType(), body.rack(), body.name()));
        return Response.status(Response.Status.CREATED).entity(new CreatedBoxJson(box.getBarcode(),
                box.getType().getCode(), box.getName(), box.getRack() == null ? null : box.getRack().getBarcode())).build();
    }

    /** Stores the sample here, or moves it here from where it was; 409 naming the occupant. */
    @PUT
    @Path("boxes/{box}/positions/{position}")
    public StoredJson store(@PathParam("box") String box, @PathParam("position") String position, StoreJson request) {
        Stored stored = storage.store(box, position, JsonInput.required(request).sample());
        return new StoredJson(stored.sample(), stored.box(), stored.position(), stored.movedFrom(),
                stored.outcome().name());
    }

    /** Takes the tube out (reason in X-Reason); it stays available in no box. */
    @DELETE
    @Path("boxes/{box}/positions/{position}")
    public StoredJson remove(@PathParam("box") String box, @PathParam("position") String position,
                             @HeaderParam("X-Reason") String reason) {
        String sample = storage.remove(box, position, reason);
        return new StoredJson(sample, null, null, null, "REMOVED");
    }

    @GET
    @Path("boxes/{box}/next-free")
    public Response nextFree(@PathParam("box") String box) {
        var position = storage.nextFree(box);
        return position == null ? Response.status(Response.Status.NO_CONTENT).build()
                : Response.ok(new FreePosition(storage.box(box).getBarcode(), position.name())).build();
    }

    @GET
    @Path("boxes/{box}/occupancy")
    public Occupancy boxOccupancy(@PathParam("box") String box) {
        return tree.occupancy(box);
    }

    @GET
    @Path("units")
    public List<UnitJson> units() {
        return tree.units().stream().map(UnitJson::of).toList();
    }

    @POST
    @Path("units")
    public Response createUnit(NewStorageUnit request) {
        return Response.status(Response.Status.CREATED)
                .entity(UnitJson.of(tree.createUnit(JsonInput.required(request)))).build();
    }

    @GET
    @Path("units/{barcode}/occupancy")
    public Occupancy unitOccupancy(@PathParam("barcode") String barcode) {
        return tree.occupancy(barcode);
    }

    /** The next free position in a rack or freezer, in a box of the given type; 204 when all are full. */
    @GET
    @Path("units/{barcode}/next-free")
    public Response nextFreeIn(@PathParam("barcode") String barcode, @QueryParam("boxType") String boxType) {
        FreePosition free = tree.nextFreeIn(barcode, boxType);
        return free == null ? Response.status(Response.Status.NO_CONTENT).build() : Response.ok(free).build();
    }

    @GET
    @Path("box-types")
    public List<BoxTypeJson> boxTypes() {
        return tree.boxTypes().stream().map(t -> new BoxTypeJson(t.getCode(), t.getName(), t.getRows(), t.getColumns()))
                .toList();
    }
}
