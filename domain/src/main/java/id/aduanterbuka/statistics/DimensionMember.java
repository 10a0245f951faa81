package id.aduanterbuka.statistics;

/**
 * One value of a {@link Dimension}: its internal key (what {@link StatisticsScope} holds), its
 * public code and its names (English may equal Indonesian when there is no translation).
 */
public record DimensionMember(String key, String code, String nameId, String nameEn) {}
