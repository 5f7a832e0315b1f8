export { applications, getApplication, startApplication, saveAnswers, type Application } from './applications';
export { sendApplication } from './sendApplication';
export { createStore, type Store } from './createStore';
export { useStore } from './useStore';
