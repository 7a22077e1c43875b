package fangrid.sampledata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Plans the orders of one buyer according to the buyer's {@link BuyerType}. */
final class PurchaseSimulator {

    private static final List<String> DAILY_CATEGORIES =
            List.of(Catalog.SKIN, Catalog.SKIN, Catalog.HAIR, Catalog.SUPPLEMENT, Catalog.BODY);
    private static final List<Product> CONSUMABLES = List.of(
            Catalog.byCode("FG-N001"), Catalog.byCode("FG-N002"), Catalog.byCode("FG-N003"),
            Catalog.byCode("FG-H001"), Catalog.byCode("FG-H002"));

    private final Random rnd;
    private final ShopCalendar calendar;

    /**
     * @param rnd      the random source of all plans
     * @param calendar the acquisition curve
     */
    PurchaseSimulator(Random rnd, ShopCalendar calendar) {
        this.rnd = rnd;
        this.calendar = calendar;
    }

    /**
     * Plans all orders of one buyer; the first one always lies inside the trading period.
     *
     * @param buyer the buyer's index
     * @param type  the buyer's behaviour
     * @return the planned orders in time order, at least one
     */
    List<DraftOrder> plan(int buyer, BuyerType type) {
        List<DraftOrder> orders = new ArrayList<>();
        switch (type) {
            case ONE_TIME -> orders.add(order(buyer, calendar.acquisitionDay(rnd), oneTimeItems()));
            case REGULAR -> regular(buyer, orders);
            case CATEGORY_REGULAR -> categoryRegular(buyer, orders);
            case SEASONAL_WINTER -> seasonal(buyer, orders, Weighted.chance(rnd, 0.6) ? 2023 : 2024, 11, 10, 12, 24);
            case SEASONAL_SUMMER -> seasonal(buyer, orders, 2023 + Weighted.index(rnd, 0.45, 0.40, 0.15), 6, 1, 8, 31);
            case BULK -> bulk(buyer, orders);
            default -> throw new IllegalStateException(type.name());
        }
        return orders;
    }

    private DraftOrder order(int buyer, LocalDate day, List<DraftOrder.Item> items) {
        return new DraftOrder(buyer, ShopCalendar.at(rnd, day), items);
    }

    private List<DraftOrder.Item> oneTimeItems() {
        int kind = Weighted.index(rnd, 0.40, 0.33, 0.27);
        if (kind == 0) {
            return List.of(new DraftOrder.Item(Catalog.trialProduct(), 1));
        }
        if (kind == 1) {
            return mainItems(0.20);
        }
        List<DraftOrder.Item> items = new ArrayList<>();
        items.add(new DraftOrder.Item(randomDailyProduct(), Weighted.chance(rnd, 0.8) ? 1 : 2));
        if (Weighted.chance(rnd, 0.25)) {
            addDistinct(items, randomDailyProduct(), 1);
        }
        return items;
    }

    private List<DraftOrder.Item> mainItems(double addOnChance) {
        List<DraftOrder.Item> items = new ArrayList<>();
        items.add(new DraftOrder.Item(Catalog.mainProduct(), Weighted.chance(rnd, 0.87) ? 1 : 2));
        if (Weighted.chance(rnd, addOnChance)) {
            addDistinct(items, randomDailyProduct(), 1);
        }
        return items;
    }

    private void regular(int buyer, List<DraftOrder> orders) {
        LocalDate day = calendar.acquisitionDay(rnd);
        double keep = 0.55 + 0.40 * rnd.nextDouble();
        int cycle = Weighted.between(rnd, 30, 60);
        if (Weighted.chance(rnd, 0.55)) {
            orders.add(order(buyer, day, List.of(new DraftOrder.Item(Catalog.trialProduct(), 1))));
            day = day.plusDays(Weighted.between(rnd, 8, 25));
        } else {
            orders.add(order(buyer, day, mainItems(0.25)));
            day = day.plusDays(interval(cycle));
        }
        while (ShopCalendar.inPeriod(day) && Weighted.chance(rnd, keep)) {
            List<DraftOrder.Item> items = mainItems(0.22);
            if (day.getMonthValue() >= 11 && Weighted.chance(rnd, 0.15)) {
                addDistinct(items, Weighted.uniform(rnd, Catalog.others(Catalog.GIFT)), 1);
            }
            orders.add(order(buyer, day, items));
            day = day.plusDays(interval(cycle));
        }
    }

    private void categoryRegular(int buyer, List<DraftOrder> orders) {
        LocalDate day = calendar.acquisitionDay(rnd);
        double keep = 0.50 + 0.40 * rnd.nextDouble();
        int cycle = Weighted.between(rnd, 28, 45);
        Product staple = Weighted.uniform(rnd, CONSUMABLES);
        do {
            List<DraftOrder.Item> items = new ArrayList<>();
            items.add(new DraftOrder.Item(staple, Weighted.chance(rnd, 0.75) ? 1 : 2));
            if (Weighted.chance(rnd, 0.12)) {
                items.add(new DraftOrder.Item(Catalog.mainProduct(), 1));
            } else if (Weighted.chance(rnd, 0.12)) {
                addDistinct(items, randomDailyProduct(), 1);
            }
            orders.add(order(buyer, day, items));
            day = day.plusDays(interval(cycle));
        } while (ShopCalendar.inPeriod(day) && Weighted.chance(rnd, keep));
    }

    private void seasonal(int buyer, List<DraftOrder> orders, int firstYear,
                          int fromMonth, int fromDay, int toMonth, int toDay) {
        boolean winter = fromMonth >= 11;
        for (int year = firstYear; year <= ShopCalendar.END.getYear(); year++) {
            if (year > firstYear && !Weighted.chance(rnd, 0.82)) {
                break;
            }
            LocalDate from = LocalDate.of(year, fromMonth, fromDay);
            LocalDate until = LocalDate.of(year, toMonth, toDay);
            LocalDate day = ShopCalendar.dayIn(rnd, from, until);
            if (day == null) {
                break;
            }
            orders.add(order(buyer, day, winter ? giftItems() : summerItems()));
            LocalDate again = day.plusDays(Weighted.between(rnd, 7, 30));
            if (Weighted.chance(rnd, 0.25) && !again.isAfter(until) && ShopCalendar.inPeriod(again)) {
                orders.add(order(buyer, again, winter ? giftItems() : summerItems()));
            }
        }
    }

    private List<DraftOrder.Item> giftItems() {
        List<DraftOrder.Item> items = new ArrayList<>();
        items.add(new DraftOrder.Item(Weighted.uniform(rnd, Catalog.others(Catalog.GIFT)),
                1 + Weighted.index(rnd, 0.40, 0.30, 0.20, 0.10)));
        if (Weighted.chance(rnd, 0.15)) {
            addDistinct(items, Weighted.uniform(rnd, Catalog.others(Catalog.BODY)), Weighted.between(rnd, 1, 3));
        }
        return items;
    }

    private List<DraftOrder.Item> summerItems() {
        List<DraftOrder.Item> items = new ArrayList<>();
        items.add(new DraftOrder.Item(Catalog.byCode("FG-S004"), Weighted.between(rnd, 1, 3)));
        if (Weighted.chance(rnd, 0.30)) {
            items.add(new DraftOrder.Item(Catalog.byCode("FG-B001"), 1));
        }
        return items;
    }

    private void bulk(int buyer, List<DraftOrder> orders) {
        LocalDate day = calendar.acquisitionDay(rnd);
        int count = 1 + Weighted.index(rnd, 0.50, 0.35, 0.15);
        boolean main = Weighted.chance(rnd, 0.5);
        for (int i = 0; i < count && ShopCalendar.inPeriod(day); i++) {
            List<DraftOrder.Item> items = new ArrayList<>();
            if (main) {
                items.add(new DraftOrder.Item(Catalog.mainProduct(), Weighted.between(rnd, 3, 10)));
            } else {
                items.add(new DraftOrder.Item(Weighted.uniform(rnd, CONSUMABLES), Weighted.between(rnd, 4, 12)));
            }
            if (Weighted.chance(rnd, 0.35)) {
                addDistinct(items, randomDailyProduct(), Weighted.between(rnd, 3, 6));
            }
            orders.add(order(buyer, day, items));
            day = day.plusDays(Weighted.between(rnd, 60, 200));
        }
    }

    private int interval(int cycle) {
        long jitter = Math.round(rnd.nextGaussian() * cycle * 0.15);
        int days = (int) Math.max(14, cycle + jitter);
        return Weighted.chance(rnd, 0.10) ? days + cycle : days;
    }

    private Product randomDailyProduct() {
        return Weighted.uniform(rnd, Catalog.others(Weighted.uniform(rnd, DAILY_CATEGORIES)));
    }

    private static void addDistinct(List<DraftOrder.Item> items, Product product, int quantity) {
        for (DraftOrder.Item item : items) {
            if (item.product().equals(product)) {
                return;
            }
        }
        items.add(new DraftOrder.Item(product, quantity));
    }
}
