// The big-mesh (WebGL) graph's own strings, as catalog keys.
export type GraphKey = 'webgl.label' | 'webgl.description' | 'webgl.description-canvas';
