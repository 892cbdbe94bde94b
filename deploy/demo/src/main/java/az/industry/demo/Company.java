package az.industry.demo;

import java.util.List;

import az.industry.contracts.zone.Sector;

/**
 * A company of the roster, with the years, size and currency that shape its rows.
 *
 * @param productionYear 0 = no production by CUT_OFF
 * @param scale its relative size
 * @param usd whether it invests and reports in US dollars
 */
record Company(String name, String zoneId, Sector sector, int investYear, int productionYear, double scale,
        boolean exporter, boolean usd, List<Product> products) {
}
