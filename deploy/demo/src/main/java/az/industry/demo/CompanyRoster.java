package az.industry.demo;

import java.math.BigDecimal;
import java.util.List;

import az.industry.contracts.zone.Sector;

/** The roster: invented companies (except those named in the article or the contract) and their products. */
final class CompanyRoster {

    static final List<Company> ROSTER = List.of(
            // Sumgayit Chemical Industrial Park: 39 residents + BYD (named investment only) = 40 companies.
            scip("SOCAR Polymer", Sector.POLYMER, 2013, 2018, 40, true, true,
                    p("Polypropylene", "390210", "t", "1950", 1), p("High-density polyethylene", "390120", "t", "2100", 1)),
            scip("Caspian Polyolefin Pipes LLC", Sector.POLYMER, 2011, 2013, 6, true, false,
                    p("Polyethylene pipes", "3917", "t", "3200", 1)),
            scip("Absheron Film Packaging LLC", Sector.POLYMER, 2012, 2013, 4, true, false,
                    p("BOPP film", "3920", "t", "3600", 1)),
            scip("Khazar Caustic Soda LLC", Sector.CHEMICAL, 2011, 2014, 6, true, true,
                    p("Caustic soda", "2815", "t", "900", 1), p("Liquid chlorine", "2801", "t", "600", 1)),
            scip("Sumgayit Surfactants LLC", Sector.CHEMICAL, 2014, 2015, 2, true, false,
                    p("Surfactants", "3402", "t", "2400", 1)),
            scip("Caspian Coatings LLC", Sector.CHEMICAL, 2012, 2013, 2, false, false,
                    p("Paints and varnishes", "3208", "t", "4200", 1)),
            scip("Absheron Agrochemicals LLC", Sector.CHEMICAL, 2015, 2017, 5, true, true,
                    p("Mineral fertilisers", "3105", "t", "650", 1)),
            scip("Shirvan Geotextiles LLC", Sector.TEXTILES, 2013, 2014, 2, true, false,
                    p("Geotextiles", "5603", "t", "5200", 1)),
            scip("Sumgayit Synthetic Fibre LLC", Sector.TEXTILES, 2014, 2016, 3, true, false,
                    p("Polyester staple fibre", "5503", "t", "2600", 1)),
            scip("Kur Rubber Products LLC", Sector.POLYMER, 2015, 2016, 1.5, false, false,
                    p("Technical rubber goods", "4016", "t", "5800", 1)),
            scip("Caspian Float Glass LLC", Sector.CONSTRUCTION_MATERIALS, 2014, 2016, 5, true, true,
                    p("Float glass", "7005", "m2", "14", 0)),
            scip("Absheron Insulation Panels LLC", Sector.CONSTRUCTION_MATERIALS, 2016, 2017, 1.5, false, false,
                    p("Sandwich panels", "7308", "m2", "45", 0)),
            scip("Sumgayit Steel Pipe Works LLC", Sector.METALLURGY, 2012, 2014, 5, true, true,
                    p("Welded steel pipes", "7306", "t", "1700", 1)),
            scip("Caspian Aluminium Profiles LLC", Sector.METALLURGY, 2016, 2017, 2, true, false,
                    p("Aluminium profiles", "7604", "t", "7500", 1)),
            scip("Sumgayit Industrial Gases LLC", Sector.CHEMICAL, 2013, 2014, 1, false, false,
                    p("Industrial gases", "2804", "t", "400", 1)),
            scip("Absheron Pharma Synthesis LLC", Sector.PHARMACEUTICAL, 2018, 2020, 1.5, true, false,
                    p("Generic medicines", "3004", "packs", "6", 0)),
            scip("Sumgayit Cable Works LLC", Sector.ELECTRICAL, 2013, 2015, 3, true, false,
                    p("Power cables", "8544", "km", "18000", 2)),
            scip("Caspian Transformer Plant LLC", Sector.ELECTRICAL, 2017, 2019, 2, true, true,
                    p("Power transformers", "850423", "units", "42000", 0)),
            scip("Sumgayit Solar Components LLC", Sector.ENERGY, 2019, 2021, 2, true, true,
                    p("Photovoltaic modules", "854143", "pcs", "260", 0)),
            scip("Sumgayit Pumps and Valves LLC", Sector.MACHINERY, 2017, 2019, 1.5, false, false,
                    p("Industrial pumps and valves", "8413", "units", "3500", 0)),
            scip("Absheron Polymer Compounds LLC", Sector.POLYMER, 2018, 2019, 2.5, true, false,
                    p("Polymer compounds", "3902", "t", "2600", 1)),
            scip("Caspian PET Preforms LLC", Sector.POLYMER, 2016, 2017, 2, true, false,
                    p("PET preforms", "3923", "t", "2300", 1)),
            scip("Sumgayit Household Chemicals LLC", Sector.CHEMICAL, 2017, 2018, 1.5, false, false,
                    p("Detergents", "3402", "t", "1800", 1)),
            scip("Khazar Lubricants LLC", Sector.CHEMICAL, 2015, 2016, 2.5, true, false,
                    p("Lubricating oils", "2710", "t", "2900", 1)),
            scip("Caspian Nonwovens LLC", Sector.TEXTILES, 2019, 2020, 1.5, true, false,
                    p("Nonwoven fabrics", "5603", "t", "4800", 1)),
            scip("Absheron Foam Products LLC", Sector.POLYMER, 2018, 2019, 1, false, false,
                    p("Polymer foam boards", "3921", "m3", "220", 0)),
            scip("Sumgayit Polymer Bags LLC", Sector.POLYMER, 2014, 2015, 1.5, true, false,
                    p("Polypropylene woven bags", "6305", "t", "3400", 1)),
            scip("Caspian Tyre Recycling LLC", Sector.POLYMER, 2020, 2021, 0.8, false, false,
                    p("Crumb rubber", "4004", "t", "350", 1)),
            scip("Sumgayit Water Chemicals LLC", Sector.CHEMICAL, 2019, 2020, 1, false, false,
                    p("Water treatment chemicals", "3824", "t", "1600", 1)),
            scip("Absheron Adhesives LLC", Sector.CHEMICAL, 2020, 2021, 0.8, true, false,
                    p("Adhesives and sealants", "3506", "t", "4400", 1)),
            scip("Caspian Composite Materials LLC", Sector.POLYMER, 2021, 2022, 1.5, true, false,
                    p("Glass-fibre composites", "3926", "t", "6200", 1)),
            scip("Sumgayit Metal Structures LLC", Sector.METALLURGY, 2011, 2013, 2, false, false,
                    p("Steel structures", "7308", "t", "2300", 1)),
            scip("Sumgayit Electrode Plant LLC", Sector.METALLURGY, 2020, 2022, 1.2, true, false,
                    p("Welding electrodes", "8311", "t", "3100", 1)),
            scip("Caspian Fertiliser Blends LLC", Sector.CHEMICAL, 2021, 2022, 1.5, true, true,
                    p("NPK fertiliser blends", "3105", "t", "700", 1)),
            scip("Absheron Polymer Furniture LLC", Sector.POLYMER, 2022, 2023, 0.6, false, false,
                    p("Plastic furniture", "9403", "pcs", "38", 0)),
            scip("Sumgayit Polymer Machinery Service LLC", Sector.MACHINERY, 2022, 2023, 0.5, false, false,
                    p("Polymer processing equipment", "8477", "units", "24000", 0)),
            scip("Caspian Catalyst Systems LLC", Sector.CHEMICAL, 2023, 2024, 1, true, true,
                    p("Catalysts", "3815", "t", "9500", 1)),
            scip("Absheron Bio-Plastics LLC", Sector.POLYMER, 2024, 0, 1, false, false,
                    p("Biodegradable packaging", "3923", "t", "4000", 1)),
            scip("Sumgayit Battery Materials LLC", Sector.ELECTRICAL, 2025, 0, 1, false, true,
                    p("Battery separators", "3920", "t", "9000", 1)),
            // Balakhani: recycling
            c("Balakhani Waste Recycling LLC", "balakhani-industrial-park", Sector.OTHER, 2012, 2013, 3, false, false,
                    p("Recycled plastics and paper", "3915", "t", "420", 1)),
            c("Baku Metal Recycling LLC", "balakhani-industrial-park", Sector.METALLURGY, 2014, 2015, 3, true, false,
                    p("Steel billets", "7207", "t", "900", 1)),
            c("Balakhani Paper Products LLC", "balakhani-industrial-park", Sector.OTHER, 2016, 2017, 2, true, false,
                    p("Corrugated packaging", "4819", "t", "1600", 1)),
            c("Absheron Glass Recycling LLC", "balakhani-industrial-park", Sector.CONSTRUCTION_MATERIALS, 2018, 2019,
                    1, false, false, p("Glass containers", "7010", "t", "950", 1)),
            // Garadagh
            c("Garadagh Cement Works LLC", "garadagh-industrial-park", Sector.CONSTRUCTION_MATERIALS, 2016, 2017, 3,
                    true, true, p("Portland cement", "2523", "t", "110", 0)),
            c("Garadagh Marine Structures LLC", "garadagh-industrial-park", Sector.MACHINERY, 2017, 2018, 2, false,
                    false, p("Marine steel structures", "7308", "t", "4200", 1)),
            c("Lokbatan Steel Products LLC", "garadagh-industrial-park", Sector.METALLURGY, 2018, 2019, 2, true, false,
                    p("Reinforcing bars", "7214", "t", "1250", 1)),
            // Mingachevir
            c("Mingachevir Textile Mill LLC", "mingachevir-industrial-park", Sector.TEXTILES, 2015, 2016, 3, true,
                    true, p("Cotton yarn", "5205", "t", "4700", 1)),
            c("Kura Knitwear LLC", "mingachevir-industrial-park", Sector.TEXTILES, 2017, 2018, 1.5, true, false,
                    p("Knitted garments", "6109", "pcs", "11", 0)),
            c("Mingachevir Electrical Equipment LLC", "mingachevir-industrial-park", Sector.ELECTRICAL, 2018, 2019,
                    2, true, false, p("Low-voltage switchgear", "8537", "units", "6500", 0)),
            c("Mingachevir Packaging LLC", "mingachevir-industrial-park", Sector.POLYMER, 2020, 2021, 1, false,
                    false, p("Plastic packaging", "3923", "t", "3100", 1)),
            // Pirallahi: pharmaceuticals
            c("Pirallahi Pharmaceuticals LLC", "pirallahi-industrial-park", Sector.PHARMACEUTICAL, 2016, 2019, 2,
                    true, true, p("Generic medicines", "3004", "packs", "4.5", 0)),
            c("Caspian Medical Supplies LLC", "pirallahi-industrial-park", Sector.PHARMACEUTICAL, 2019, 2021, 1,
                    false, false, p("Medical disposables", "9018", "pcs", "0.8", 0)),
            // Aghdam
            c("Aghdam Food Processing LLC", "aghdam-industrial-park", Sector.FOOD_PROCESSING, 2021, 2022, 1, false,
                    false, p("Canned vegetables", "2005", "t", "1800", 1)),
            c("Karabakh Building Materials LLC", "aghdam-industrial-park", Sector.CONSTRUCTION_MATERIALS, 2021, 2023,
                    1, false, false, p("Concrete blocks", "6810", "m3", "95", 0)),
            c("Aghdam Beverage Plant LLC", "aghdam-industrial-park", Sector.FOOD_PROCESSING, 2022, 2023, 1, true,
                    false, p("Fruit juices", "2009", "l", "1.6", 0)),
            // Araz Valley Economic Zone
            c("Araz Valley Agro Processing LLC", "araz-valley-economic-zone", Sector.FOOD_PROCESSING, 2021, 2022, 1,
                    true, false, p("Dried fruit", "0813", "t", "5200", 1)),
            c("Jabrayil Construction Materials LLC", "araz-valley-economic-zone", Sector.CONSTRUCTION_MATERIALS, 2022,
                    2023, 1, false, false, p("Ready-mix concrete", "3824", "m3", "85", 0)),
            c("Araz Cable Systems LLC", "araz-valley-economic-zone", Sector.ELECTRICAL, 2022, 2024, 1, false, false,
                    p("Power cables", "8544", "km", "15000", 2)),
            // Hajigabul
            c("Hajigabul Textile LLC", "hajigabul-industrial-park", Sector.TEXTILES, 2018, 2019, 2, true, false,
                    p("Cotton fabrics", "5208", "m", "3.2", 0)),
            c("Hajigabul Metal Works LLC", "hajigabul-industrial-park", Sector.METALLURGY, 2019, 2020, 1.5, true,
                    false, p("Galvanised steel sheet", "7210", "t", "1900", 1)),
            c("Hajigabul Trailer Works LLC", "hajigabul-industrial-park", Sector.AUTOMOTIVE, 2022, 2023, 1, false,
                    false, p("Semi-trailers", "8716", "units", "60000", 0)),
            // Nakhchivan
            c("Nakhchivan Mineral Water LLC", "nakhchivan-industrial-park", Sector.FOOD_PROCESSING, 2019, 2020, 1,
                    true, false, p("Mineral water", "2201", "l", "0.6", 0)),
            c("Nakhchivan Building Materials LLC", "nakhchivan-industrial-park", Sector.CONSTRUCTION_MATERIALS, 2020,
                    2021, 1, false, false, p("Cement", "2523", "t", "105", 0)),
            // Neftchala: Azermash assembles Khazar cars with Iran Khodro (article)
            c("Azermash OJSC", "neftchala-industrial-quarter", Sector.AUTOMOTIVE, 2017, 2018, 3, true, false,
                    p("Khazar passenger cars", "8703", "cars", "25000", 0)),
            c("Neftchala Iodine Bromine LLC", "neftchala-industrial-quarter", Sector.CHEMICAL, 2013, 2014, 1.5, true,
                    true, p("Iodine", "2801", "t", "38000", 3)),
            c("Neftchala Fish Processing LLC", "neftchala-industrial-quarter", Sector.FOOD_PROCESSING, 2015, 2016, 1,
                    false, false, p("Frozen fish", "0303", "t", "5500", 1)),
            // Masalli
            c("Masalli Fruit Processing LLC", "masalli-industrial-quarter", Sector.FOOD_PROCESSING, 2014, 2015, 1.5,
                    true, false, p("Fruit juices and concentrates", "2009", "l", "1.5", 0)),
            c("Masalli Tea Factory LLC", "masalli-industrial-quarter", Sector.FOOD_PROCESSING, 2016, 2017, 1, false,
                    false, p("Black tea", "0902", "t", "9000", 2)),
            c("Lankaran Furniture LLC", "masalli-industrial-quarter", Sector.OTHER, 2018, 2019, 1, false, false,
                    p("Wooden furniture", "9403", "pcs", "210", 0)),
            // Sabirabad
            c("Sabirabad Cotton Ginning LLC", "sabirabad-industrial-quarter", Sector.TEXTILES, 2017, 2018, 2, true,
                    false, p("Cotton fibre", "5201", "t", "3100", 1)),
            c("Sabirabad Dairy LLC", "sabirabad-industrial-quarter", Sector.FOOD_PROCESSING, 2018, 2019, 1, false,
                    false, p("Dairy products", "0401", "t", "1400", 1)),
            // Ganja: the automobile plant (the contract's example) and the Uzbek joint venture (named)
            c("Ganja Automobile Plant", "ganja-industrial-park", Sector.AUTOMOTIVE, 2016, 2018, 3, true, false,
                    p("Light trucks", "8704", "vehicles", "28000", 0)),
            c("Ganja Aluminium Products LLC", "ganja-industrial-park", Sector.METALLURGY, 2017, 2018, 2, true, true,
                    p("Aluminium sheet and foil", "7606", "t", "6900", 1)),
            c("Ganja Agro Machinery LLC", "ganja-industrial-park", Sector.MACHINERY, 2018, 2019, 1.5, true, false,
                    p("Agricultural machinery", "8432", "units", "14000", 0)),
            c("Ganja Food Industry LLC", "ganja-industrial-park", Sector.FOOD_PROCESSING, 2017, 2018, 1.5, true,
                    false, p("Canned fruit", "2008", "t", "2600", 1)),
            c("Ganja Electrical Components LLC", "ganja-industrial-park", Sector.ELECTRICAL, 2019, 2020, 1, false,
                    false, p("Lighting equipment", "9405", "pcs", "32", 0)));

    // The automotive plants planned by name, and the products of the named investors outside the roster.
    static final String GANJA_PLANT = "Ganja Automobile Plant";
    static final String AZERMASH = "Azermash OJSC";
    static final String HAJIGABUL_TRAILERS = "Hajigabul Trailer Works LLC";
    static final Product BYD_BUSES = p("Electric buses", "8702", "units", "500000", 0);
    static final Product IVECO_TRUCKS = p("IVECO trucks and special vehicles", "8704", "vehicles", "150000", 0);
    static final Product JV_VEHICLES = p("Vehicles", "8703", "vehicles", "30000", 0);

    private CompanyRoster() {
    }

    /** The roster company called {@code name}. */
    static Company company(String name) {
        return ROSTER.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    private static Product p(String name, String hsCode, String unit, String unitPriceAzn, int quantityScale) {
        return new Product(name, hsCode, unit, new BigDecimal(unitPriceAzn), quantityScale);
    }

    private static Company scip(String name, Sector sector, int investYear, int productionYear, double scale,
            boolean exporter, boolean usd, Product... products) {
        return new Company(name, PublishedFigures.SCIP, sector, investYear, productionYear, scale, exporter, usd,
                List.of(products));
    }

    private static Company c(String name, String zoneId, Sector sector, int investYear, int productionYear,
            double scale, boolean exporter, boolean usd, Product... products) {
        return new Company(name, zoneId, sector, investYear, productionYear, scale, exporter, usd, List.of(products));
    }
}
