/** Test fixture for {@code LayeringTest}: a deliberate api -> core violation (test sources only). */
package org.hvsched.api.layeringfixture;
