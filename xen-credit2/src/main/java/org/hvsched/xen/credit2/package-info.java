/**
 * Xen's credit2 scheduler with scheduling-unit granularity ({@code sched-gran}) as an hvsched
 * policy ({@code xen.credit2}), written against the SPI only. {@link
 * org.hvsched.xen.credit2.Credit2Policy} documents its upstream source, what is modelled and
 * every deviation; {@link org.hvsched.xen.credit2.Credit2Settings} holds the tunables with Xen's
 * boot-option names as aliases. The package-private classes each follow one upstream function:
 * credit arithmetic ({@link org.hvsched.xen.credit2.Credits}), load averages ({@link
 * org.hvsched.xen.credit2.Ewma}), runqueue layout, candidate choice, tickling, balancing, caps.
 */
package org.hvsched.xen.credit2;
