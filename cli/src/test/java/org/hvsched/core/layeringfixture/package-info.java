/** Test fixture for {@code LayeringTest}: a stand-in engine class (test sources only). */
package org.hvsched.core.layeringfixture;
