package kb.markdown;

import com.vladsch.flexmark.util.dependency.Dependent;
import java.util.Set;

/**
 * A kb factory around one of flexmark's, which takes the wrapped factory's place in the order
 * flexmark runs its extensions in.
 */
interface WrappedFlexmarkFactory extends Dependent {

  /** The factory wrapped. */
  Dependent flexmark();

  @Override
  default Set<Class<?>> getAfterDependents() {
    return flexmark().getAfterDependents();
  }

  @Override
  default Set<Class<?>> getBeforeDependents() {
    return flexmark().getBeforeDependents();
  }

  @Override
  default boolean affectsGlobalScope() {
    return flexmark().affectsGlobalScope();
  }
}
