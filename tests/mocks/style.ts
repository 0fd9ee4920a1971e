/** Stands in for every imported stylesheet. */
export default {}
