/** Test fixture for {@code LayeringTest}: a deliberate xen.credit2 -> cli violation (test sources only). */
package org.hvsched.xen.credit2.layeringfixture;
