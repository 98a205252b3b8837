import styles from './panel.module.css';

/** Class for a controls strip; hidden on paper, since nothing interactive prints. */
export const panelClassName = styles.panel;
