package nl.patroon.core.port;

import java.util.List;
import nl.patroon.core.order.Order;

/**
 * The case's protective orders and family procedures. Implemented over {@code case.json} by the case workspace
 * (detection reads them at ingest, issue 19; people read and correct them there).
 */
public interface OrderRepository {
    /** All orders, in id order. */
    List<Order> all();
}
