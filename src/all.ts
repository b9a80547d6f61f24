/** Registers every element of @cluster-events/components. */
