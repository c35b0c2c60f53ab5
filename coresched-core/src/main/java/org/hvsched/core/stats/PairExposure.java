package org.hvsched.core.stats;

/**
 * Guest/guest exposure between two trust domains ({@code a} sorts before {@code b}).
 *
 * @param a first trust domain
 * @param b second trust domain
 * @param ns time two siblings ran guests of a and b at once (transition time included)
 * @param windows number of distinct overlap windows
 */
public record PairExposure(String a, String b, long ns, long windows) {}
